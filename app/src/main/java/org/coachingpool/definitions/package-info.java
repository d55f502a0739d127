/**
 * Process definitions the app deployed, with their XML, for titles and diagrams; deployment of
 * processes/ on start. Offers {@link org.coachingpool.definitions.ProcessDefinitions}. Owns
 * {@code process_definition}. The browser modeller is still to come.
 */
package org.coachingpool.definitions;
