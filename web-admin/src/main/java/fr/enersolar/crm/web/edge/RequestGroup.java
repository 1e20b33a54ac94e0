package fr.enersolar.crm.web.edge;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * The {@link EndpointGroup} of the request being served, worked out once per request and kept as a
 * request property for the other filters.
 */
@ApplicationScoped
public class RequestGroup {

    private static final String PROPERTY = EndpointGroup.class.getName();

    @Inject HttpServletRequest servletRequest;

    public EndpointGroup of(ContainerRequestContext request) {
        Object known = request.getProperty(PROPERTY);
        if (known instanceof EndpointGroup group) {
            return group;
        }
        EndpointGroup group = EndpointGroup.of(servletRequest);
        request.setProperty(PROPERTY, group);
        return group;
    }
}
