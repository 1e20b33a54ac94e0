package fr.enersolar.crm.web.faces.admin;

import fr.enersolar.crm.application.NotFoundException;
import fr.enersolar.crm.application.users.NewUser;
import fr.enersolar.crm.application.users.UserAdministration;
import fr.enersolar.crm.application.users.UserChanges;
import fr.enersolar.crm.domain.model.session.SessionTokenHash;
import fr.enersolar.crm.domain.model.user.Role;
import fr.enersolar.crm.domain.model.user.Section;
import fr.enersolar.crm.domain.model.user.User;
import fr.enersolar.crm.domain.model.user.UserId;
import fr.enersolar.crm.web.edge.ClientAddress;
import fr.enersolar.crm.web.faces.Messages;
import fr.enersolar.crm.web.faces.security.ActionRequires;
import fr.enersolar.crm.web.security.Access;
import fr.enersolar.crm.web.security.CurrentStaff;
import fr.enersolar.crm.web.security.SessionCookie;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The users page (administrators of the users section, as {@code /api/auth/users}): the staff list
 * paged by the store, the creation form (role, sections including billing and connectors, a
 * password entered or generated), the edit form (name, role, sections, active, a new password) and
 * deactivation. A generated password is shown in the answer to the creation only ({@link
 * ShownOnce}); an entered one is never shown back. Every action is checked again when it runs.
 */
@Named
@ViewScoped
public class ManageUsers implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Letters and digits without the look-alikes (0/O, 1/l/I). */
    private static final String ALPHABET =
            "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private static final int GENERATED_LENGTH = 20;

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject UserAdministration administration;
    @Inject CurrentStaff staff;
    @Inject ClientAddress client;
    @Inject ShownOnce shownOnce;

    private UserTable table;

    // the creation form
    private String email;
    private String nom;
    private String role = Role.VIEWER.key();
    private List<String> sections = keys(Role.VIEWER.defaultSections());
    private boolean generate = true;
    private String password;

    // the edit form
    private String editParam;
    private String editId;
    private String editEmail;
    private String editNom;
    private String editRole;
    private List<String> editSections = List.of();
    private boolean editActive;
    private String editPassword;

    @PostConstruct
    void init() {
        table = new UserTable();
    }

    /** Creates the user; a generated password is shown in this answer only. */
    @ActionRequires(value = Section.USERS, access = Access.ADMIN)
    public void create() {
        FacesContext context = FacesContext.getCurrentInstance();
        char[] secret =
                generate ? generated() : password == null ? new char[0] : password.toCharArray();
        password = null;
        try {
            User user =
                    administration.create(
                            staff.require(),
                            new NewUser(
                                    email,
                                    secret,
                                    nom == null ? "" : nom.trim(),
                                    Role.parse(role),
                                    Optional.of(permissions(sections))),
                            client.ip());
            if (generate) {
                shownOnce.show("users.generatedPassword", new String(secret));
            }
            Messages.info(context, "users.created", user.email().value());
            email = null;
            nom = null;
            role = Role.VIEWER.key();
            sections = keys(Role.VIEWER.defaultSections());
            generate = true;
        } finally {
            UserAdministration.wipe(secret);
        }
    }

    /** The page's view action: opens the edit form on the user named by {@code ?edit=}. */
    @ActionRequires(value = Section.USERS, access = Access.ADMIN)
    public void open() {
        if (editParam != null && !editParam.isBlank()) {
            edit(editParam);
        }
    }

    private void edit(String id) {
        User user = administration.find(userId(id));
        editId = user.id().value();
        editEmail = user.email().value();
        editNom = user.nom();
        editRole = user.role().key();
        editSections = keys(user.sections());
        editActive = user.active();
        editPassword = null;
    }

    /** Saves the edit form (a new password only when one was typed). */
    @ActionRequires(value = Section.USERS, access = Access.ADMIN)
    public void save() {
        if (editId == null) {
            return;
        }
        Optional<char[]> secret =
                editPassword == null || editPassword.isEmpty()
                        ? Optional.empty()
                        : Optional.of(editPassword.toCharArray());
        editPassword = null;
        try {
            User user =
                    administration.update(
                            staff.require(),
                            userId(editId),
                            new UserChanges(
                                    Optional.ofNullable(editNom).map(String::trim),
                                    Optional.of(Role.parse(editRole)),
                                    Optional.of(permissions(editSections)),
                                    Optional.of(editActive),
                                    secret),
                            callerSession(),
                            client.ip());
            Messages.info(FacesContext.getCurrentInstance(), "users.saved", user.email().value());
            editId = null;
        } finally {
            secret.ifPresent(UserAdministration::wipe);
        }
    }

    /** Closes the edit form without saving. */
    public void cancel() {
        editId = null;
        editPassword = null;
    }

    /** Deactivates the user of the edit form (and ends all their sessions). */
    @ActionRequires(value = Section.USERS, access = Access.ADMIN)
    public void deactivate() {
        if (editId == null) {
            return;
        }
        UserId user = userId(editId);
        administration.deactivate(staff.require(), user, client.ip());
        editId = null;
        Messages.info(
                FacesContext.getCurrentInstance(),
                "users.deactivated",
                administration.find(user).email().value());
    }

    /** The role's default sections, put in the creation form when the role changes. */
    public void roleChanged() {
        sections = keys(Role.parse(role).defaultSections());
    }

    /** The same in the edit form. */
    public void editRoleChanged() {
        editSections = keys(Role.parse(editRole).defaultSections());
    }

    /** Every section sent, open or closed, so none falls back to a default. */
    private static Map<Section, Boolean> permissions(List<String> open) {
        Map<Section, Boolean> map = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            map.put(section, open != null && open.contains(section.key()));
        }
        return map;
    }

    private static List<String> keys(java.util.Set<Section> open) {
        return new ArrayList<>(open.stream().sorted().map(Section::key).toList());
    }

    private static UserId userId(String id) {
        try {
            return new UserId(id);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new NotFoundException("Utilisateur non trouvé");
        }
    }

    private static char[] generated() {
        char[] secret = new char[GENERATED_LENGTH];
        for (int i = 0; i < secret.length; i++) {
            secret[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return secret;
    }

    /** The caller's own login session, kept when they change their own password. */
    private static Optional<SessionTokenHash> callerSession() {
        Object request = FacesContext.getCurrentInstance().getExternalContext().getRequest();
        return request instanceof HttpServletRequest http
                ? SessionCookie.read(http).map(SessionTokenHash::of)
                : Optional.empty();
    }

    public List<String> getRoles() {
        return Arrays.stream(Role.values()).map(Role::key).toList();
    }

    public List<String> getSectionKeys() {
        return Arrays.stream(Section.values()).map(Section::key).toList();
    }

    public boolean isEditing() {
        return editId != null;
    }

    public UserTable getTable() {
        return table;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getNom() {
        return nom;
    }

    public void setNom(String nom) {
        this.nom = nom;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public List<String> getSections() {
        return sections;
    }

    public void setSections(List<String> sections) {
        this.sections = sections;
    }

    public boolean isGenerate() {
        return generate;
    }

    public void setGenerate(boolean generate) {
        this.generate = generate;
    }

    /** Never read back: the password field shows nothing. */
    public String getPassword() {
        return null;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getEditParam() {
        return editParam;
    }

    public void setEditParam(String editParam) {
        this.editParam = editParam;
    }

    public String getEditId() {
        return editId;
    }

    public String getEditEmail() {
        return editEmail;
    }

    public String getEditNom() {
        return editNom;
    }

    public void setEditNom(String editNom) {
        this.editNom = editNom;
    }

    public String getEditRole() {
        return editRole;
    }

    public void setEditRole(String editRole) {
        this.editRole = editRole;
    }

    public List<String> getEditSections() {
        return editSections;
    }

    public void setEditSections(List<String> editSections) {
        this.editSections = editSections;
    }

    public boolean isEditActive() {
        return editActive;
    }

    public void setEditActive(boolean editActive) {
        this.editActive = editActive;
    }

    /** Never read back. */
    public String getEditPassword() {
        return null;
    }

    public void setEditPassword(String editPassword) {
        this.editPassword = editPassword;
    }

    /** The staff list, one page at a time from the store, by e-mail. */
    public class UserTable extends LazyDataModel<UserRow> {

        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filters) {
            return (int) administration.list(0, 1).total();
        }

        @Override
        public List<UserRow> load(
                int first,
                int pageSize,
                Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filters) {
            return administration.list(first, pageSize).users().stream().map(UserRow::of).toList();
        }

        @Override
        public String getRowKey(UserRow row) {
            return row.id();
        }

        @Override
        public UserRow getRowData(String rowKey) {
            return null; // rows are not selectable
        }
    }
}
