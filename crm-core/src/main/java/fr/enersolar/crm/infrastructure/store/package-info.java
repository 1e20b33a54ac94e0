/**
 * The connection to MongoDB (configured or embedded) and the store's structure (indexes). Only
 * infrastructure code uses these classes; the domain never sees a driver type.
 */
package fr.enersolar.crm.infrastructure.store;
