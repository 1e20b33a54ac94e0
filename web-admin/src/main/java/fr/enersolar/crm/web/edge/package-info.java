/**
 * The edge of the JSON API: what every request under {@code /api} passes through before and after
 * its resource, whatever the resource. The client's address ({@link
 * fr.enersolar.crm.web.edge.ClientAddress}, proxy-aware), CORS, rate limits and the body-size
 * limit, and in {@code errors} the mappers that turn every failure into a JSON answer. The rules
 * themselves ({@link fr.enersolar.crm.web.edge.TrustedProxies}, {@link
 * fr.enersolar.crm.web.edge.CorsPolicy}, {@link fr.enersolar.crm.web.edge.TokenBuckets}, {@link
 * fr.enersolar.crm.web.edge.EndpointGroup}) are plain classes tested without a container; the
 * filters only wire them. Applications register {@link fr.enersolar.crm.web.edge.EdgeProviders}.
 */
package fr.enersolar.crm.web.edge;
