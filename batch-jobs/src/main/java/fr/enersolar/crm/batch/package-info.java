/**
 * Jakarta Batch jobs, the EJB timers that start them, and the facade through which the web module
 * starts and queries them.
 *
 * <p>Rule: timers only delegate to crm-core services or to job operators; business rules live in
 * crm-core. Timers are non-persistent and state their time zone.
 */
package fr.enersolar.crm.batch;
