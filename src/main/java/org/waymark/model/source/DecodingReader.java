package org.waymark.model.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes strictly: unlike {@code InputStreamReader}, it first hands out every character decoded before a
 * malformed byte and only then throws {@link BadBytesException}, so the reader above knows the row it is in.
 */
final class DecodingReader extends Reader {

    /** Bytes that are not valid in the encoding; {@link #firstByte()} is the first of them. */
    static final class BadBytesException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int firstByte;

        BadBytesException(int firstByte) {
            super(String.format("byte 0x%02X", firstByte));
            this.firstByte = firstByte;
        }

        int firstByte() {
            return firstByte;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16);
    private boolean endOfInput;
    private boolean flushed;
    private BadBytesException pending;

    DecodingReader(InputStream in, Charset charset) {
        this.in = in;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        bytes.flip();
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        if (pending != null) {
            throw pending;
        }
        if (length == 0) {
            return 0;
        }
        if (flushed) {
            return -1; // the end stays the end: a decoder must not decode after its flush
        }
        CharBuffer out = CharBuffer.wrap(target, offset, length);
        while (out.position() == offset) {
            if (!endOfInput && bytes.remaining() < 4) {
                fill();
            }
            CoderResult result = decoder.decode(bytes, out, endOfInput);
            if (result.isError()) {
                pending = new BadBytesException(bytes.get(bytes.position()) & 0xFF);
                break;
            }
            if (endOfInput && result.isUnderflow()) {
                if (!flushed) {
                    decoder.flush(out);
                    flushed = true;
                }
                break;
            }
        }
        int count = out.position() - offset;
        if (count == 0) {
            if (pending != null) {
                throw pending;
            }
            return -1;
        }
        return count;
    }

    private void fill() throws IOException {
        bytes.compact();
        int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (read < 0) {
            endOfInput = true;
        } else {
            bytes.position(bytes.position() + read);
        }
        bytes.flip();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
