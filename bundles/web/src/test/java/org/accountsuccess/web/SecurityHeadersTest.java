package org.accountsuccess.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SecurityHeadersTest {
    @Test
    void theDefaultAllowsOnlyThisServerToFrameThePage() {
        assertThat(SecurityHeaders.policy("'self'")).isEqualTo("default-src 'self'; script-src 'self'; "
                + "object-src 'none'; base-uri 'none'; frame-ancestors 'self'");
    }

    @Test
    void theConfiguredOriginsBecomeTheFrameAncestors() {
        assertThat(SecurityHeaders.policy(" 'self' https://crm.example.com ")).endsWith(
                "; frame-ancestors 'self' https://crm.example.com");
    }

    @Test
    void aValueThatWouldAddADirectiveIsRefused() {
        assertThatThrownBy(() -> SecurityHeaders.policy("'self'; script-src *"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("frame.ancestors");
        assertThatThrownBy(() -> SecurityHeaders.policy(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
