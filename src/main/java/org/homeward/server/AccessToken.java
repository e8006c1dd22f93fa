package org.homeward.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Optional;
import org.homeward.io.FileException;

/**
 * The bearer token that opens SPARQL Update, ingestion, deletion and, from other hosts than this one, the
 * admin endpoints. Without one, those endpoints are off.
 */
public final class AccessToken {

    /** The environment variable that holds the token. */
    public static final String ENVIRONMENT_VARIABLE = "HOMEWARD_TOKEN";

    /** A shorter token would be guessable. */
    static final int MIN_LENGTH = 16;

    private final byte[] secret;

    private AccessToken(String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The token {@code value}, without surrounding white space; throws if it is too short to be safe. */
    public static AccessToken of(String value) {
        String token = value == null ? "" : value.strip();
        if (token.length() < MIN_LENGTH) {
            throw new IllegalArgumentException("the token is shorter than " + MIN_LENGTH + " characters");
        }
        return new AccessToken(token);
    }

    /**
     * The token in {@code file} if one is given, else {@code environmentValue} (the value of
     * {@link #ENVIRONMENT_VARIABLE}) unless that is unset or blank, else none.
     */
    public static Optional<AccessToken> configured(Path file, String environmentValue) throws FileException {
        if (file != null) {
            try {
                return Optional.of(of(Files.readString(file, StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new FileException("HW-E052", file, "cannot read the token file: " + e.getMessage());
            } catch (IllegalArgumentException e) {
                throw new FileException("HW-E052", file, e.getMessage());
            }
        }
        if (environmentValue == null || environmentValue.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(of(environmentValue));
        } catch (IllegalArgumentException e) {
            throw new FileException("HW-E052", Path.of("$" + ENVIRONMENT_VARIABLE), e.getMessage());
        }
    }

    /** Whether {@code presented} is this token; the comparison takes the same time wherever they differ. */
    boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(secret, presented.getBytes(StandardCharsets.UTF_8));
    }
}
