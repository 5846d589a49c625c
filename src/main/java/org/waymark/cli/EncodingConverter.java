package org.waymark.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The {@code --encoding} of a file to import: a Java charset name, refused with the usual ones named. */
final class EncodingConverter implements ITypeConverter<Charset> {

    static final String DESCRIPTION = "The file's encoding, e.g. UTF-8, windows-1252, ISO-8859-1, UTF-16 "
            + "(default: detected).";

    @Override
    public Charset convert(String name) {
        try {
            return Charset.forName(name.trim());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new TypeConversionException("unknown encoding \"" + name + "\"; try UTF-8, windows-1252, "
                    + "ISO-8859-1 or UTF-16");
        }
    }
}
