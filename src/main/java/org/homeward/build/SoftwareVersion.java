package org.homeward.build;

import java.util.Optional;

/** The version of Homeward itself, as the packaged jar's manifest states it. */
public final class SoftwareVersion {

    private SoftwareVersion() {}

    /** The manifest's Implementation-Version, or "dev" when running from classes rather than the jar. */
    public static String current() {
        return Optional.ofNullable(SoftwareVersion.class.getPackage().getImplementationVersion()).orElse("dev");
    }
}
