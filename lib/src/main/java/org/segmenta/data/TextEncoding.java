package org.segmenta.data;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Turns the bytes of a data file into text, accepting only UTF-8, so that a file saved in another encoding fails at
 * once with the line and byte at fault instead of turning "Müller" into "M�ller" in every output.
 *
 * <p>Decoding is strict (malformed or unmappable bytes are errors, never replaced). A UTF-8 byte order mark at the start
 * is dropped; a UTF-16 byte order mark is recognised and named. For the first offending byte the message also shows the
 * character it stands for in Windows-1252, the usual encoding of files that are not UTF-8 (spreadsheet exports on
 * Windows), and says how to convert the file.
 *
 * <pre>{@code
 * String text = TextEncoding.decodeUtf8(file, Files.readAllBytes(file));
 * }</pre>
 */
public final class TextEncoding {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextEncoding() {
    }

    /**
     * @param file the file the bytes come from, named in messages
     * @param bytes the file's content
     * @return the content as text, without a leading byte order mark
     * @throws DataFileException if the bytes are not valid UTF-8, naming the line (1-based), the byte offset (0-based,
     *     from the start of the file) and the byte's value
     */
    public static String decodeUtf8(Path file, byte[] bytes) {
        if (FileKind.startsWith(bytes, 0xFF, 0xFE) || FileKind.startsWith(bytes, 0xFE, 0xFF)) {
            throw new DataFileException(file, "is encoded as UTF-16 (it starts with a UTF-16 byte order mark), not "
                    + "UTF-8. Save it as UTF-8 (in a spreadsheet: 'CSV UTF-8'; on the command line: iconv -f UTF-16 "
                    + "-t UTF-8 old.csv > new.csv) and read the new file.");
        }
        int start = FileKind.startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            CharBuffer text = decoder.decode(input);
            return text.toString();
        } catch (CharacterCodingException e) {
            throw notUtf8(file, bytes, firstInvalidByte(bytes, start));
        }
    }

    /** The offset of the first byte that does not start or continue a valid UTF-8 sequence. */
    private static int firstInvalidByte(byte[] bytes, int start) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer output = CharBuffer.allocate(1024);
        while (true) {
            var result = decoder.decode(input, output, true);
            if (result.isError()) {
                return input.position();
            }
            if (result.isUnderflow()) {
                // Only a truncated sequence at the very end is left: flush reports it as malformed.
                return input.position();
            }
            output.clear();
        }
    }

    private static DataFileException notUtf8(Path file, byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int value = offset < bytes.length ? bytes[offset] & 0xFF : -1;
        String character = value < 0 ? "" : new String(new byte[] {(byte) value}, WINDOWS_1252);
        String asWindows1252 = character.isEmpty() || Character.isISOControl(character.charAt(0))
                || character.charAt(0) == '\uFFFD' ? "" : " (in Windows-1252 that byte is '" + character + "')";
        String byteText = value < 0 ? "the file ends in the middle of a character"
                : String.format(Locale.ROOT, "byte 0x%02X at byte offset %d (column %d of the line)", value, offset,
                        offset - lineStart + 1);
        return new DataFileException(file, "is not valid UTF-8 text: line " + line + " has " + byteText
                + asWindows1252 + ". Save the file as UTF-8 (in a spreadsheet: 'CSV UTF-8'; on the command line, "
                + "e.g. iconv -f WINDOWS-1252 -t UTF-8 old.csv > new.csv) and read the new file.");
    }
}
