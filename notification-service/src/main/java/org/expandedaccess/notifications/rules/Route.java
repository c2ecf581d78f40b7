package org.expandedaccess.notifications.rules;

import java.util.Set;
import java.util.function.Predicate;

/** One row of the {@link RoutingTable}: an event type reaches an audience by some channels, perhaps only when a condition holds. */
public record Route(EventType type, Audience audience, Set<Channel> channels, Condition condition) {

    /** A named predicate, so the table reads as a sentence and the README can print it. */
    public record Condition(String description, Predicate<EventFacts> test) {

        public static final Condition ALWAYS = new Condition("always", f -> true);
    }

    public boolean appliesTo(EventFacts facts) {
        return type == facts.type() && condition.test().test(facts);
    }
}
