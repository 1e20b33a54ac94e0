package fr.enersolar.crm.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import fr.enersolar.crm.web.api.ApiApplication;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every endpoint of the API declares who may call it; none is open by omission. */
class EndpointRulesTest {

    @Test
    void everyResourceMethodDeclaresItsRule() {
        List<String> undeclared = new ArrayList<>();
        int endpoints = 0;
        for (Class<?> type : new ApiApplication().getClasses()) {
            if (type.getAnnotation(Path.class) == null) {
                continue;
            }
            for (Method method : type.getMethods()) {
                if (!isEndpoint(method)) {
                    continue;
                }
                endpoints++;
                if (Permission.of(type, method).kind() == Permission.Kind.UNDECLARED) {
                    undeclared.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(endpoints).isGreaterThan(10);
        assertThat(undeclared).isEmpty();
    }

    private static boolean isEndpoint(Method method) {
        return method.isAnnotationPresent(GET.class)
                || method.isAnnotationPresent(POST.class)
                || method.isAnnotationPresent(PUT.class)
                || method.isAnnotationPresent(DELETE.class)
                || method.isAnnotationPresent(PATCH.class)
                || method.isAnnotationPresent(HEAD.class)
                || method.isAnnotationPresent(Path.class);
    }
}
