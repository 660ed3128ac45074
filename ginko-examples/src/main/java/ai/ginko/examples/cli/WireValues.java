package ai.ginko.examples.cli;

import ai.ginko.core.EventCategory;
import ai.ginko.core.Importance;
import ai.ginko.core.Severity;
import java.util.Arrays;
import java.util.Iterator;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The library's enums as the command line spells them ({@code blocker_resolved}, {@code high}): parsed with the
 * library's own {@code parse}, whose message lists the valid values, and listed in help by their wire names.
 */
final class WireValues {

    private WireValues() {
    }

    static void registerConverters(CommandLine commandLine) {
        commandLine.registerConverter(EventCategory.class, converter(EventCategory::parse));
        commandLine.registerConverter(Severity.class, converter(Severity::parse));
        commandLine.registerConverter(Importance.class, converter(Importance::parse));
    }

    private static <T> ITypeConverter<T> converter(Function<String, T> parse) {
        return text -> {
            try {
                return parse.apply(text);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        };
    }

    /** The category names, for {@code ${COMPLETION-CANDIDATES}} in help. */
    static final class Categories implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(EventCategory.values()).map(EventCategory::wireName).iterator();
        }
    }

    /** The severity names, for {@code ${COMPLETION-CANDIDATES}} in help. */
    static final class Severities implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Severity.values()).map(Severity::wireName).iterator();
        }
    }

    /** The importance names, for {@code ${COMPLETION-CANDIDATES}} in help. */
    static final class Importances implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(Importance.values()).map(Importance::wireName).iterator();
        }
    }
}
