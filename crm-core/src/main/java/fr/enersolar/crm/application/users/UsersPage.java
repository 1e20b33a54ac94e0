package fr.enersolar.crm.application.users;

import fr.enersolar.crm.domain.model.user.User;
import java.util.List;

/**
 * One page of the staff list.
 *
 * @param users the users of the page, by e-mail
 * @param total how many users there are in all
 */
public record UsersPage(List<User> users, long total) {

    public UsersPage {
        users = List.copyOf(users);
    }
}
