package org.spinewise.reminders;

import java.security.KeyPair;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.util.Optional;

import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The server's VAPID key pair: from the settings when given, else the one row of {@code push_key}, made by
 * whichever node needs it first. A node that loses that race reads the winner's, so every node signs alike.
 */
@Component
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class VapidKeyStore {

    private final JdbcClient jdbc;
    private final PushSettings settings;
    private volatile @Nullable VapidKeys keys;

    public VapidKeys keys() {
        VapidKeys known = keys;
        if (known == null) {
            VapidKeys configured = settings.keys();
            known = configured != null ? configured : stored().orElseGet(this::make);
            keys = known;
        }
        return known;
    }

    private VapidKeys make() {
        KeyPair pair = P256.generate();
        VapidKeys made =
                new VapidKeys(P256.encode(P256.raw((ECPublicKey) pair.getPublic())), P256.encode(P256.raw((ECPrivateKey)
                        pair.getPrivate())));
        try {
            jdbc.sql("INSERT INTO push_key (id, public_key, private_key) VALUES (1, ?, ?)")
                    .params(made.publicKey(), made.privateKey())
                    .update();
            return made;
        } catch (DuplicateKeyException madeElsewhere) {
            return stored().orElseThrow();
        }
    }

    private Optional<VapidKeys> stored() {
        return jdbc.sql("SELECT public_key, private_key FROM push_key WHERE id = 1")
                .query((rs, row) -> new VapidKeys(rs.getString("public_key"), rs.getString("private_key")))
                .optional();
    }
}
