package fr.enersolar.crm.domain.model.activity;

/** What it was done to: a type ({@code user}, {@code lead}…), an id and a readable name. */
public record Subject(String type, String id, String name) {

    public Subject {
        type = type == null ? "" : type;
        id = id == null ? "" : id;
        name = name == null ? "" : name;
    }

    /** For actions on no particular entity, such as a login. */
    public static Subject none() {
        return new Subject("", "", "");
    }
}
