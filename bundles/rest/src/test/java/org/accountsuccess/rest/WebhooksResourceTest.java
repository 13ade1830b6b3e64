package org.accountsuccess.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.accountsuccess.api.webhook.DeadLetter;
import org.accountsuccess.api.webhook.WebhookEndpoint;
import org.accountsuccess.api.webhook.WebhookService;
import org.accountsuccess.rest.access.ProductRole;
import org.accountsuccess.rest.problem.AccessDeniedException;
import org.accountsuccess.rest.problem.BadParameterException;
import org.accountsuccess.rest.problem.ConflictException;
import org.accountsuccess.rest.problem.UnknownResourceException;
import org.junit.jupiter.api.Test;

class WebhooksResourceTest {
    private static final DeadLetter DEAD = new DeadLetter("d-1", "crm", "org/accountsuccess/account/BAND_CHANGED",
            "band:acc-1", 6, Instant.parse("2026-11-15T08:00:00Z"), Instant.parse("2026-11-15T10:43:00Z"), "HTTP 500");
    private static final DeadLetter ORPHAN = new DeadLetter("d-2", "gone", "org/accountsuccess/account/BAND_CHANGED",
            "band:acc-2", 1, Instant.parse("2026-11-15T08:00:00Z"), null, "removed");

    private final WebhooksResource resource = new WebhooksResource(new WebhookService() {
        @Override
        public List<WebhookEndpoint> endpoints() {
            return List.of(new WebhookEndpoint("crm", "https://crm.example.com/h", List.of("org/accountsuccess/*"), true,
                    0, 1, 1));
        }

        @Override
        public List<DeadLetter> deadLetters() {
            return List.of(DEAD, ORPHAN);
        }

        @Override
        public Optional<DeadLetter> replay(String deliveryId) {
            if (deliveryId.equals("d-2")) {
                throw new IllegalStateException("dead letter d-2 is for the endpoint 'gone', which is not configured");
            }
            return deliveryId.equals("d-1") ? Optional.of(DEAD) : Optional.empty();
        }

        @Override
        public List<DeadLetter> replayAll() {
            throw new UnsupportedOperationException();
        }
    });

    @Test
    void onlyAdminsSeeAndReplay() {
        assertThat(resource.deadLetters(Fixtures.as("alice", ProductRole.ADMIN), null, null).items())
                .containsExactly(DEAD, ORPHAN);
        assertThat(resource.endpoints(Fixtures.as("alice", ProductRole.ADMIN))).hasSize(1);
        assertThat(resource.replay(Fixtures.as("alice", ProductRole.ADMIN), "d-1")).isEqualTo(DEAD);
        assertThatThrownBy(() -> resource.deadLetters(Fixtures.as("mia", ProductRole.MANAGER), null, null))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> resource.replay(Fixtures.as("mia", ProductRole.MANAGER), "d-1"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void deadLettersArePaged() {
        Page<DeadLetter> second = resource.deadLetters(Fixtures.as("alice", ProductRole.ADMIN), "1", "1");
        assertThat(second.items()).containsExactly(ORPHAN);
        assertThat(second.total()).isEqualTo(2);
        assertThatThrownBy(() -> resource.deadLetters(Fixtures.as("alice", ProductRole.ADMIN), null, "501"))
                .isInstanceOf(BadParameterException.class).extracting("parameter").isEqualTo("limit");
    }

    @Test
    void anUnknownIdIs404AndAnUnconfiguredEndpoint409() {
        assertThatThrownBy(() -> resource.replay(Fixtures.as("alice", ProductRole.ADMIN), "d-9"))
                .isInstanceOf(UnknownResourceException.class).hasMessage("no dead letter 'd-9'");
        assertThatThrownBy(() -> resource.replay(Fixtures.as("alice", ProductRole.ADMIN), "d-2"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("'gone', which is not configured");
    }
}
