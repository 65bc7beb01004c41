package org.segmenta.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.segmenta.testing.BadInput.assertMentions;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class TextEncodingTest {

    private static final Path FILE = Path.of("customers.csv");

    @Test
    void utf8TextIsDecodedWithItsAccents() {
        byte[] bytes = "name\nMüller\n".getBytes(StandardCharsets.UTF_8);

        assertEquals("name\nMüller\n", TextEncoding.decodeUtf8(FILE, bytes));
    }

    @Test
    void utf8ByteOrderMarkIsDropped() {
        byte[] bytes = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'i', 'd'};

        assertEquals("id", TextEncoding.decodeUtf8(FILE, bytes));
    }

    @Test
    void windows1252ByteIsReportedWithLineOffsetValueAndWhatItMeansInWindows1252() {
        // "id,name\n1,Ren\xE9\n": 0xE9 is 'é' in Windows-1252 and Latin-1, but cannot start a UTF-8 character.
        byte[] bytes = {'i', 'd', ',', 'n', 'a', 'm', 'e', '\n', '1', ',', 'R', 'e', 'n', (byte) 0xE9, '\n'};

        DataFileException e = assertThrows(DataFileException.class, () -> TextEncoding.decodeUtf8(FILE, bytes));

        assertEquals(FILE, e.file());
        assertMentions(e.getMessage(), "customers.csv", "not valid UTF-8", "line 2", "byte 0xE9", "byte offset 13",
                "column 6 of the line", "'é'", "Save the file as UTF-8");
    }

    @Test
    void sequenceCutOffAtTheEndOfTheFileIsReported() {
        // 0xC3 starts a two-byte character (e.g. 0xC3 0xA9 = 'é') but the file ends after it.
        byte[] bytes = {'a', '\n', (byte) 0xC3};

        DataFileException e = assertThrows(DataFileException.class, () -> TextEncoding.decodeUtf8(FILE, bytes));

        assertMentions(e.getMessage(), "line 2", "byte 0xC3", "byte offset 2");
    }

    @Test
    void utf16FileIsNamedAsUtf16() {
        byte[] bytes = {(byte) 0xFF, (byte) 0xFE, 'i', 0, 'd', 0};

        DataFileException e = assertThrows(DataFileException.class, () -> TextEncoding.decodeUtf8(FILE, bytes));

        assertMentions(e.getMessage(), "UTF-16", "Save it as UTF-8");
    }
}
