package fr.enersolar.crm.domain.model.session;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import fr.enersolar.crm.domain.model.user.UserId;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionTest {

    private final Instant now = Instant.parse("2026-02-10T10:00:00Z");

    @Test
    void hashesATokenToSha256Hex() {
        assertThat(SessionTokenHash.of("abc").value())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(SessionTokenHash.of("abc")).isNotEqualTo(SessionTokenHash.of("abd"));
    }

    @Test
    void rejectsAnythingButADigest() {
        assertThatIllegalArgumentException().isThrownBy(() -> new SessionTokenHash("clear-token"));
        assertThatIllegalArgumentException().isThrownBy(() -> SessionTokenHash.of(""));
    }

    @Test
    void expiresAtItsExpiryInstant() {
        Session session =
                new Session(
                        SessionId.generate(),
                        SessionTokenHash.of("t"),
                        UserId.generate(),
                        now,
                        now.plusSeconds(60));

        assertThat(session.isExpiredAt(now.plusSeconds(59))).isFalse();
        assertThat(session.isExpiredAt(now.plusSeconds(60))).isTrue();
    }

    @Test
    void refusesASessionThatEndsBeforeItStarts() {
        assertThatIllegalArgumentException()
                .isThrownBy(
                        () ->
                                new Session(
                                        SessionId.generate(),
                                        SessionTokenHash.of("t"),
                                        UserId.generate(),
                                        now,
                                        now));
    }
}
