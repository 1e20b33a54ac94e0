package fr.enersolar.crm.web.api.leads;

import java.util.Map;

/** The configuration intake integration tests deploy with: a known key. */
final class IntakeItConfig {

    static final Map<String, String> CONFIG = Map.of("crm.api.key", V1LeadsIT.KEY);

    private IntakeItConfig() {}
}
