package org.segmenta.data;

/**
 * What a data file is, told by its first bytes (its "magic number"), not by its name: a renamed or extension-less file
 * is still read as what it is. Kept apart from {@link ExcelSheet} so that reading a text file never loads Apache POI.
 */
enum FileKind {
    /** Anything else: read as delimited text. */
    TEXT,
    /** gzip-compressed (RFC 1952: bytes 1F 8B), e.g. {@code .csv.gz}. */
    GZIP,
    /** A zip archive (bytes 50 4B 03 04, "PK"), as every {@code .xlsx} workbook is. */
    WORKBOOK,
    /**
     * An OLE2 compound file (bytes D0 CF 11 E0 A1 B1 1A E1): an Excel 97-2003 workbook ({@code .xls}), or an
     * {@code .xlsx} workbook encrypted with a password.
     */
    OLD_OR_ENCRYPTED_WORKBOOK;

    private static final int[] GZIP_MAGIC = {0x1F, 0x8B};
    private static final int[] ZIP_MAGIC = {0x50, 0x4B, 0x03, 0x04};
    private static final int[] OLE2_MAGIC = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};

    /** @return the kind of file whose content starts with {@code bytes} */
    static FileKind of(byte[] bytes) {
        if (startsWith(bytes, GZIP_MAGIC)) {
            return GZIP;
        }
        if (startsWith(bytes, ZIP_MAGIC)) {
            return WORKBOOK;
        }
        return startsWith(bytes, OLE2_MAGIC) ? OLD_OR_ENCRYPTED_WORKBOOK : TEXT;
    }

    /** @return whether this kind is read as a workbook (or refused as one that cannot be read) */
    boolean isWorkbook() {
        return this == WORKBOOK || this == OLD_OR_ENCRYPTED_WORKBOOK;
    }

    /** @return whether {@code bytes} begin with the unsigned byte values {@code prefix} (a file signature) */
    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
