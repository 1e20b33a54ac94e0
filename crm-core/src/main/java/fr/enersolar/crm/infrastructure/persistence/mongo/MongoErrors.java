package fr.enersolar.crm.infrastructure.persistence.mongo;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoServerException;
import fr.enersolar.crm.domain.model.shared.CodeAlreadyUsedException;

/** Translates the driver's failures into the domain's words. */
final class MongoErrors {

    private MongoErrors() {}

    /** Runs a write; a unique-index violation becomes a {@link CodeAlreadyUsedException}. */
    static void uniqueCode(String code, Runnable write) {
        try {
            write.run();
        } catch (RuntimeException e) {
            if (isDuplicateKey(e)) {
                throw new CodeAlreadyUsedException(code, e);
            }
            throw e;
        }
    }

    /** True when {@code e}, or what it wraps (JNoSQL wraps driver errors), is a duplicate key. */
    static boolean isDuplicateKey(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof MongoServerException server
                    && ErrorCategory.fromErrorCode(server.getCode())
                            == ErrorCategory.DUPLICATE_KEY) {
                return true;
            }
        }
        return false;
    }
}
