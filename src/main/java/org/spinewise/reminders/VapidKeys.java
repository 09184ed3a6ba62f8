package org.spinewise.reminders;

/** The server's VAPID key pair, base64url: the uncompressed public point and the private scalar. */
public record VapidKeys(String publicKey, String privateKey) {

    @Override
    public String toString() {
        return "VapidKeys[" + publicKey + ", private key hidden]";
    }
}
