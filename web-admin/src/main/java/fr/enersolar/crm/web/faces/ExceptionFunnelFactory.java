package fr.enersolar.crm.web.faces;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link ExceptionFunnel} (declared in {@code faces-config.xml}). */
public class ExceptionFunnelFactory extends ExceptionHandlerFactory {

    public ExceptionFunnelFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new ExceptionFunnel(getWrapped().getExceptionHandler());
    }
}
