package vn.chiso766.reporting.portal;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** The kinds of file the crawler writes, told apart by the name of their unit list. */
public enum PortalShape {
    COMMUNES("communes"),
    AGENCIES("agencies"),
    COMMUNES_DETAIL("communesDetail"),
    PROVINCES("provinces");

    private final String listName;

    PortalShape(String listName) {
        this.listName = listName;
    }

    public String listName() {
        return listName;
    }

    /** Province files describe the whole country; the others describe one province and name it. */
    public boolean isNational() {
        return this == PROVINCES;
    }

    static PortalShape of(LocatedNode root) {
        List<PortalShape> present =
                Arrays.stream(values()).filter(s -> root.has(s.listName)).toList();
        if (present.size() != 1) {
            String found = present.isEmpty()
                    ? "none"
                    : present.stream().map(PortalShape::listName).collect(Collectors.joining(" and "));
            throw root.problem("exactly one unit list (communes, agencies, communesDetail or provinces)", found);
        }
        return present.getFirst();
    }
}
