package fr.enersolar.crm.web.api.json;

import jakarta.json.spi.JsonProvider;

/**
 * The one JSON-P provider of the web module. {@code JSON.createObjectBuilder()} and its siblings
 * look the provider up through the class loaders on every call; on the intake path that lookup cost
 * about a quarter of the request threads' time (see the benchmark's profile), so it is done once.
 */
public final class JsonSupport {

    /** Use {@code JSON.createObjectBuilder()}, {@code JSON.createReader(…)} and so on. */
    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonSupport() {}
}
