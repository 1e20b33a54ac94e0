package fr.enersolar.crm.web.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class LimitedInputStreamTest {

    private static final class OverLimit extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }

    private static InputStream limited(int size, int limit) {
        return new LimitedInputStream(
                new ByteArrayInputStream(new byte[size]), limit, OverLimit::new);
    }

    @Test
    void readsABodyOfExactlyTheLimit() throws IOException {
        assertThat(limited(1024, 1024).readAllBytes()).hasSize(1024);
    }

    @Test
    void throwsOnceTheLimitIsCrossedInBulkReads() {
        assertThatThrownBy(() -> limited(1025, 1024).readAllBytes()).isInstanceOf(OverLimit.class);
    }

    @Test
    void throwsOnceTheLimitIsCrossedByteByByte() throws IOException {
        InputStream in = limited(3, 2);
        in.read();
        in.read();

        assertThatThrownBy(in::read).isInstanceOf(OverLimit.class);
    }

    @Test
    void countsSkippedBytes() {
        InputStream in = limited(10, 4);

        assertThatThrownBy(() -> in.skip(5)).isInstanceOf(OverLimit.class);
    }

    @Test
    void theEndOfAShortBodyIsNotAnError() throws IOException {
        InputStream in = limited(1, 4);
        in.read();

        assertThat(in.read()).isEqualTo(-1);
        assertThat(in.read(new byte[4], 0, 4)).isEqualTo(-1);
    }
}
