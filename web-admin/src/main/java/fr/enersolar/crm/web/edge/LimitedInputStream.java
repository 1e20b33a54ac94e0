package fr.enersolar.crm.web.edge;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/**
 * A request body that throws (a {@link RequestBodyTooLargeException} in the application) as soon as
 * more than {@code limit} bytes have been read, whatever the {@code Content-Length} said (or when
 * there was none, as with chunked bodies).
 */
final class LimitedInputStream extends FilterInputStream {

    private final long limit;
    private final Supplier<? extends RuntimeException> overLimit;
    private long count;

    LimitedInputStream(InputStream in, long limit, Supplier<? extends RuntimeException> overLimit) {
        super(in);
        this.limit = limit;
        this.overLimit = overLimit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        if (skipped > 0) {
            counted(skipped);
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void counted(long n) {
        count += n;
        if (count > limit) {
            throw overLimit.get();
        }
    }
}
