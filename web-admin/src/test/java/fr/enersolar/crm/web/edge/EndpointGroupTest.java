package fr.enersolar.crm.web.edge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EndpointGroupTest {

    @Test
    void theV1PathsAreIntake() {
        assertThat(EndpointGroup.of("/api/v1/leads")).isEqualTo(EndpointGroup.INTAKE);
    }

    @Test
    void trackingPublicFormsFormConfigurationAndHealthArePublic() {
        assertThat(EndpointGroup.of("/api/track/lp-visit")).isEqualTo(EndpointGroup.PUBLIC);
        assertThat(EndpointGroup.of("/api/forms/public/PV-001")).isEqualTo(EndpointGroup.PUBLIC);
        assertThat(EndpointGroup.of("/api/forms/config/departements"))
                .isEqualTo(EndpointGroup.PUBLIC);
        assertThat(EndpointGroup.of("/api/health")).isEqualTo(EndpointGroup.PUBLIC);
        assertThat(EndpointGroup.of("/api/health/")).isEqualTo(EndpointGroup.PUBLIC);
    }

    @Test
    void everythingElseUnderApiIsAdmin() {
        assertThat(EndpointGroup.of("/api/leads")).isEqualTo(EndpointGroup.ADMIN);
        assertThat(EndpointGroup.of("/api/forms/PV-001")).isEqualTo(EndpointGroup.ADMIN);
        assertThat(EndpointGroup.of("/api/v1")).isEqualTo(EndpointGroup.ADMIN);
        assertThat(EndpointGroup.of("/api/tracking")).isEqualTo(EndpointGroup.ADMIN);
        assertThat(EndpointGroup.of("/api/healthcheck")).isEqualTo(EndpointGroup.ADMIN);
        assertThat(EndpointGroup.of("/api")).isEqualTo(EndpointGroup.ADMIN);
    }

    @Test
    void pathsOutsideApiAreOther() {
        assertThat(EndpointGroup.of("/health/ready")).isEqualTo(EndpointGroup.OTHER);
        assertThat(EndpointGroup.of("/apix/v1/leads")).isEqualTo(EndpointGroup.OTHER);
        assertThat(EndpointGroup.of("/")).isEqualTo(EndpointGroup.OTHER);
    }

    @Test
    void onlyIntakeAndPublicArePublic() {
        assertThat(EndpointGroup.INTAKE.isPublic()).isTrue();
        assertThat(EndpointGroup.PUBLIC.isPublic()).isTrue();
        assertThat(EndpointGroup.ADMIN.isPublic()).isFalse();
        assertThat(EndpointGroup.OTHER.isPublic()).isFalse();
    }
}
