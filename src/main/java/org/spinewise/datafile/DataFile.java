package org.spinewise.datafile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * A YAML content file read strictly into records: unknown, duplicate or
 * missing keys and wrong types are errors that name the file and the field.
 * Every key of a record must be written out, {@code null} included, so an
 * omission is never mistaken for a deliberate choice.
 *
 * @param location the class-path location it was read from
 * @param sha256   hex digest of its bytes, to tell content versions apart
 * @param content  the parsed content
 */
public record DataFile<T>(String location, String sha256, T content) {

    private static final String FILE_PREFIX = "file:";

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    public static <T> DataFile<T> read(String location, Class<T> type) {
        return read(location, type, Map.of());
    }

    /**
     * @param mixIns Jackson mix-ins by target type, for records whose file form
     *               differs from their code form (a value filled in on load)
     */
    public static <T> DataFile<T> read(String location, Class<T> type, Map<Class<?>, Class<?>> mixIns) {
        byte[] bytes = readBytes(location);
        ObjectMapper mapper =
                mixIns.isEmpty() ? YAML : YAML.rebuild().addMixIns(mixIns).build();
        try {
            return new DataFile<>(location, sha256(bytes), mapper.readValue(bytes, type));
        } catch (DatabindException e) {
            throw new DataFileException(location, List.of(fieldPath(e) + ": " + e.getOriginalMessage()));
        } catch (JacksonException e) {
            throw new DataFileException(location, List.of("not valid YAML: " + e.getOriginalMessage()));
        }
    }

    /**
     * The file with the texts of its translation (see {@link TextOverlay}) in
     * place of its own; a text missing on either side stops the read with
     * every gap named.
     */
    public static <T> DataFile<T> readTranslated(
            String location, String translation, TextOverlay overlay, Class<T> type, Map<Class<?>, Class<?>> mixIns) {
        byte[] bytes = readBytes(location);
        byte[] translatedBytes = readBytes(translation);
        ObjectMapper mapper =
                mixIns.isEmpty() ? YAML : YAML.rebuild().addMixIns(mixIns).build();
        var check = new Violations(translation);
        JsonNode merged = overlay.apply(tree(location, bytes), tree(translation, translatedBytes), check);
        check.throwIfAny();
        String digest = sha256((sha256(bytes) + sha256(translatedBytes)).getBytes(StandardCharsets.UTF_8));
        try {
            return new DataFile<>(translation, digest, mapper.treeToValue(merged, type));
        } catch (DatabindException e) {
            throw new DataFileException(location, List.of(fieldPath(e) + ": " + e.getOriginalMessage()));
        }
    }

    private static JsonNode tree(String location, byte[] bytes) {
        try {
            return YAML.readTree(bytes);
        } catch (JacksonException e) {
            throw new DataFileException(location, List.of("not valid YAML: " + e.getOriginalMessage()));
        }
    }

    /** One digest standing for several files read together. */
    public static String combinedDigest(DataFile<?>... files) {
        StringBuilder digests = new StringBuilder();
        for (DataFile<?> file : files) {
            digests.append(file.location()).append('=').append(file.sha256()).append('\n');
        }
        return sha256(digests.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** A class-path location, or a file-system path after {@code file:}. */
    private static byte[] readBytes(String location) {
        if (location.startsWith(FILE_PREFIX)) {
            try {
                return Files.readAllBytes(Path.of(location.substring(FILE_PREFIX.length())));
            } catch (IOException e) {
                throw new DataFileException(location, List.of("cannot be read: " + e));
            }
        }
        try (InputStream in = DataFile.class.getClassLoader().getResourceAsStream(location)) {
            if (in == null) {
                throw new DataFileException(location, List.of("file not found on the class path"));
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new DataFileException(location, List.of("cannot be read: " + e.getMessage()));
        }
    }

    private static String fieldPath(DatabindException e) {
        StringBuilder path = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "(document)" : path.toString();
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
