package org.coachingpool.platform;

import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.coachingpool.security.Role;

/**
 * Puts a view in the side menu of {@link MainLayout}: the menu is built from the views that carry
 * this, in their order, each linked by its class. A view may carry it twice, with a different
 * title for different people ("My relationships" for thinkers and coaches, "My people" for
 * sponsors).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Repeatable(MenuItem.List.class)
public @interface MenuItem {

    String title();

    /** Lower comes first. */
    int order();

    /** Shown to people with any of these roles; to everyone signed in when empty. */
    Role[] forRoles() default {};

    /** Hidden from people with any of these roles, even when {@link #forRoles()} shows it. */
    Role[] notFor() default {};

    /** The entry carries the number of the person's open tasks. */
    boolean countsTasks() default false;

    /** More than one entry on one view. */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.TYPE)
    @interface List {
        MenuItem[] value();
    }
}
