package fr.enersolar.crm.web.edge;

import static fr.enersolar.crm.web.api.json.JsonSupport.JSON;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Rate limits per client address on the intake and public endpoints ({@link EndpointGroup}): 429
 * {@code {"detail":"Trop de requêtes","retry_after":N}} with {@code Retry-After: N} (seconds) once
 * a client has spent its allowance. Preflights are answered before this filter and cost nothing.
 */
@ApplicationScoped
@PreMatching
@Priority(Priorities.AUTHENTICATION - 250)
public class RateLimitFilter implements ContainerRequestFilter {

    @Inject EdgeConfiguration edge;
    @Inject RequestGroup requestGroup;
    @Inject ClientAddress client;

    @Override
    public void filter(ContainerRequestContext request) {
        TokenBuckets limits = edge.limits(requestGroup.of(request));
        if (limits == null) {
            return;
        }
        TokenBuckets.Decision decision = limits.tryAcquire(client.ip());
        if (!decision.allowed()) {
            request.abortWith(
                    Response.status(429)
                            .header(HttpHeaders.RETRY_AFTER, decision.retryAfterSeconds())
                            .type(MediaType.APPLICATION_JSON_TYPE)
                            .entity(
                                    JSON.createObjectBuilder()
                                            .add("detail", "Trop de requêtes")
                                            .add("retry_after", decision.retryAfterSeconds())
                                            .build())
                            .build());
        }
    }
}
