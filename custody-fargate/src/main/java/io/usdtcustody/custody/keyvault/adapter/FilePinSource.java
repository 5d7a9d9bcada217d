package io.usdtcustody.custody.keyvault.adapter;

import io.usdtcustody.custody.keyvault.KeyVaultException;
import io.usdtcustody.custody.keyvault.port.PinSource;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Token PINs from a private file of {@code <token label>.pin=<pin>} lines (the simple subset of the properties
 * format the local cloud writes: no escapes, no continuations; {@code #} starts a comment). The file is read on
 * every call and the buffers are overwritten afterwards, so no PIN string lingers on the heap. A file that
 * group or others may read is refused: that PIN must be considered leaked.
 */
public final class FilePinSource implements PinSource {
    /** The variable naming the file, as the local cloud's environment sets it. */
    public static final String FILE_VARIABLE = "HSM_PIN_FILE";
    private static final Set<PosixFilePermission> TOO_OPEN = Set.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE);

    private final Path file;

    public FilePinSource(Path file) {
        this.file = Objects.requireNonNull(file, "file");
    }

    /** The source named by {@code HSM_PIN_FILE} in {@code environment}. */
    public static FilePinSource fromEnvironment(Map<String, String> environment) {
        String file = environment.get(FILE_VARIABLE);
        if (file == null || file.isBlank()) {
            throw KeyVaultException.unavailable(FILE_VARIABLE + " is not set", null);
        }
        return new FilePinSource(Path.of(file));
    }

    @Override
    public char[] pin(String tokenLabel) {
        Objects.requireNonNull(tokenLabel, "tokenLabel");
        requirePrivate();
        byte[] bytes = read();
        CharBuffer text = null;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes));
            char[] pin = find(text, tokenLabel + ".pin");
            if (pin == null) {
                throw KeyVaultException.unavailable("the PIN file has no PIN for token " + tokenLabel, null);
            }
            return pin;
        } catch (CharacterCodingException e) {
            throw KeyVaultException.unavailable("the PIN file is not UTF-8", null);
        } finally {
            Arrays.fill(bytes, (byte) 0);
            if (text != null) {
                Arrays.fill(text.array(), '\0');
            }
        }
    }

    /** The value of the first {@code key=value} line, trimmed; null when there is none. */
    private static char[] find(CharBuffer text, String key) {
        int length = text.limit();
        int lineStart = 0;
        while (lineStart < length) {
            int lineEnd = lineStart;
            while (lineEnd < length && text.get(lineEnd) != '\n' && text.get(lineEnd) != '\r') {
                lineEnd++;
            }
            int from = skipBlanks(text, lineStart, lineEnd);
            boolean comment = from < lineEnd && (text.get(from) == '#' || text.get(from) == '!');
            if (from < lineEnd && !comment && startsWith(text, from, lineEnd, key)) {
                int after = skipBlanks(text, from + key.length(), lineEnd);
                if (after < lineEnd && (text.get(after) == '=' || text.get(after) == ':')) {
                    int valueStart = skipBlanks(text, after + 1, lineEnd);
                    int valueEnd = lineEnd;
                    while (valueEnd > valueStart && Character.isWhitespace(text.get(valueEnd - 1))) {
                        valueEnd--;
                    }
                    char[] value = new char[valueEnd - valueStart];
                    for (int i = 0; i < value.length; i++) {
                        value[i] = text.get(valueStart + i);
                    }
                    return value;
                }
            }
            lineStart = lineEnd + 1;
        }
        return null;
    }

    private static int skipBlanks(CharBuffer text, int from, int to) {
        int at = from;
        while (at < to && (text.get(at) == ' ' || text.get(at) == '\t')) {
            at++;
        }
        return at;
    }

    private static boolean startsWith(CharBuffer text, int from, int to, String key) {
        if (to - from < key.length()) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (text.get(from + i) != key.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private void requirePrivate() {
        PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
        if (posix == null) {
            return; // not a POSIX file system: permissions are the platform's business
        }
        try {
            Set<PosixFilePermission> permissions = posix.readAttributes().permissions();
            if (permissions.stream().anyMatch(TOO_OPEN::contains)) {
                throw KeyVaultException.unavailable(
                        "the PIN file " + file + " is readable by others; it must be 0600", null);
            }
        } catch (IOException e) {
            throw KeyVaultException.unavailable("the PIN file " + file + " cannot be read", e);
        }
    }

    private byte[] read() {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw KeyVaultException.unavailable("the PIN file " + file + " cannot be read", e);
        }
    }

    @Override
    public String toString() {
        return "FilePinSource[" + file + "]";
    }
}
