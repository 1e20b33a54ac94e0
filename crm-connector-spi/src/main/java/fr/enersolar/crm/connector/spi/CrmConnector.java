package fr.enersolar.crm.connector.spi;

/**
 * A live connection to one partner CRM, built by {@link CrmConnectorFactory#create} from checked
 * settings: it delivers leads and classifies the partner's answers.
 *
 * <p>One instance serves many deliveries, from several threads at once: implementations are
 * thread-safe. {@link #deliver} makes one attempt and never retries by itself (the application
 * schedules retries, so that an attempt is recorded each time). It reports every partner answer and
 * every network failure as a {@link DeliveryResult}, never as an exception.
 *
 * @since 1.0
 */
public interface CrmConnector extends AutoCloseable {

    /**
     * Makes one attempt to deliver a lead.
     *
     * @param lead what the partner may see of the lead, with the key to use
     * @return how the attempt ended
     * @throws ConnectorException only when the connector cannot be used at all (it was closed)
     */
    DeliveryResult deliver(LeadPayload lead);

    /**
     * Releases what the connector holds (HTTP clients, threads). Calling it twice is harmless;
     * {@link #deliver} fails after it.
     */
    @Override
    void close();
}
