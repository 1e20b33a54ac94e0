package fr.enersolar.crm.application.sandbox;

import java.util.List;

/** What the sandbox partner received, kept in the store so every server of a cluster agrees. */
public interface SandboxReceipts {

    /** Keeps a receipt; false when this partner already has a lead with this phone. */
    boolean add(SandboxReceipt receipt);

    /** The latest receipts of a partner, newest first. */
    List<SandboxReceipt> latest(String partner, int limit);

    /** How many leads this partner accepted. */
    long count(String partner);
}
