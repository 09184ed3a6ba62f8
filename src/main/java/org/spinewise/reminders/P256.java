package org.spinewise.reminders;

import java.math.BigInteger;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECFieldFp;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.ECPublicKeySpec;
import java.util.Arrays;
import java.util.Base64;

/** P-256 keys in Web Push's raw forms: 65-byte uncompressed points and 32-byte private scalars, base64url. */
public final class P256 {

    static final ECParameterSpec CURVE = curve();
    private static final int COORDINATE = 32;

    private P256() {}

    public static byte[] decode(String base64url) {
        return Base64.getUrlDecoder().decode(base64url.replace("=", ""));
    }

    public static String encode(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Whether {@code raw} is an uncompressed point on the curve (y² = x³ + ax + b mod p). */
    public static boolean isPoint(byte[] raw) {
        if (raw.length != 1 + 2 * COORDINATE || raw[0] != 4) {
            return false;
        }
        BigInteger p = ((ECFieldFp) CURVE.getCurve().getField()).getP();
        BigInteger x = new BigInteger(1, Arrays.copyOfRange(raw, 1, 1 + COORDINATE));
        BigInteger y = new BigInteger(1, Arrays.copyOfRange(raw, 1 + COORDINATE, raw.length));
        if (x.compareTo(p) >= 0 || y.compareTo(p) >= 0) {
            return false;
        }
        BigInteger right = x.pow(3)
                .add(CURVE.getCurve().getA().multiply(x))
                .add(CURVE.getCurve().getB())
                .mod(p);
        return y.modPow(BigInteger.TWO, p).equals(right);
    }

    static ECPublicKey publicKey(byte[] raw) throws GeneralSecurityException {
        if (!isPoint(raw)) {
            throw new GeneralSecurityException("not an uncompressed P-256 point");
        }
        ECPoint point = new ECPoint(
                new BigInteger(1, Arrays.copyOfRange(raw, 1, 1 + COORDINATE)),
                new BigInteger(1, Arrays.copyOfRange(raw, 1 + COORDINATE, raw.length)));
        return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, CURVE));
    }

    static ECPrivateKey privateKey(byte[] scalar) throws GeneralSecurityException {
        return (ECPrivateKey)
                KeyFactory.getInstance("EC").generatePrivate(new ECPrivateKeySpec(new BigInteger(1, scalar), CURVE));
    }

    static byte[] raw(ECPublicKey key) {
        byte[] raw = new byte[1 + 2 * COORDINATE];
        raw[0] = 4;
        fixed(key.getW().getAffineX(), raw, 1);
        fixed(key.getW().getAffineY(), raw, 1 + COORDINATE);
        return raw;
    }

    static byte[] raw(ECPrivateKey key) {
        byte[] raw = new byte[COORDINATE];
        fixed(key.getS(), raw, 0);
        return raw;
    }

    static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no P-256", e);
        }
    }

    private static void fixed(BigInteger value, byte[] into, int offset) {
        byte[] bytes = value.toByteArray();
        int length = Math.min(bytes.length, COORDINATE);
        System.arraycopy(bytes, bytes.length - length, into, offset + COORDINATE - length, length);
    }

    private static ECParameterSpec curve() {
        try {
            AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            return parameters.getParameterSpec(ECParameterSpec.class);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this Java has no P-256", e);
        }
    }
}
