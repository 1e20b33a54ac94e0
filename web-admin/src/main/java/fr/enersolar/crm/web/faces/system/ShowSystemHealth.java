package fr.enersolar.crm.web.faces.system;

import fr.enersolar.crm.application.auth.SessionMaintenance;
import fr.enersolar.crm.application.health.SystemHealth;
import fr.enersolar.crm.application.health.SystemHealthReport;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.web.edge.ClientAddress;
import fr.enersolar.crm.web.faces.Messages;
import fr.enersolar.crm.web.faces.security.ActionRequires;
import fr.enersolar.crm.web.security.Access;
import fr.enersolar.crm.web.security.CurrentStaff;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The administrators' system page: whether the store answers, lead totals and the delivery queue
 * ({@code GET /api/health}'s figures), and the purge of expired login sessions.
 */
@Named
@RequestScoped
public class ShowSystemHealth {

    @Inject SystemHealthReport report;
    @Inject SessionMaintenance maintenance;
    @Inject CurrentStaff staff;
    @Inject ClientAddress client;

    private SystemHealth health;

    @PostConstruct
    void load() {
        health = report.snapshot();
    }

    /** Deletes the expired login sessions now (administrators only). */
    @ActionRequires(value = Section.SETTINGS, access = Access.ADMIN)
    public void purgeSessions() {
        long purged = maintenance.purgeExpired(staff.require(), client.ip());
        Messages.info(FacesContext.getCurrentInstance(), "system.purged", purged);
    }

    public SystemHealth getHealth() {
        return health;
    }
}
