/**
 * People: the pool team finds, adds, disables and enables the people of the pool's organisations.
 * Offers {@link org.coachingpool.people.People}, and creates the first pool admin of a new database
 * from settings. Its SQL on people and organisations is in
 * {@code repository}; the screen in {@code ui} is internal. Sign-in reads the same tables through
 * the security feature's directory: moving that directory here, so that people owns
 * {@code user_account}, {@code user_role} and {@code organisation} alone, is the next step.
 */
package org.coachingpool.people;
