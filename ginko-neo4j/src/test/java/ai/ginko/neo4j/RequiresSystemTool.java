package ai.ginko.neo4j;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that needs a program the JDK does not bring, such as Debian's {@code faketime} or Chromium. It runs
 * when every program it names is installed. When one is missing it is skipped, and the build output says which
 * test, which program and how to install it; unless the environment variable {@code CI} is {@code true}, where the
 * missing program fails the class instead: CI installs these programs ({@code .ci/run}), so a skip there would
 * hide a broken install. See {@link SystemToolCondition}.
 */
@Documented
@Inherited
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Repeatable(RequiresSystemTool.List.class)
@ExtendWith(SystemToolCondition.class)
public @interface RequiresSystemTool {

    /** The program's absolute path, such as {@code /usr/bin/faketime}. */
    String path();

    /** The Debian package that installs it. */
    String debianPackage();

    /** Holds repeated {@link RequiresSystemTool} annotations. */
    @Documented
    @Inherited
    @Target(ElementType.TYPE)
    @Retention(RetentionPolicy.RUNTIME)
    @ExtendWith(SystemToolCondition.class)
    @interface List {
        RequiresSystemTool[] value();
    }
}
