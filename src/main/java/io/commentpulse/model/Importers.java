package io.commentpulse.model;

import java.util.List;
import java.util.Optional;

/** The importers the {@code import} command offers. */
public final class Importers {
    public static final List<DatasetImporter> ALL = List.of(new GoEmotionsImporter(), new SemEval2017Importer(),
            new TweetEvalImporter(), new SemEval2018Importer(), new WassaImporter(), new RwwdImporter(),
            new DreadditImporter(), new BuNemoImporter());

    private Importers() {
    }

    public static Optional<DatasetImporter> byName(String name) {
        return ALL.stream().filter(i -> i.name().equalsIgnoreCase(name)).findFirst();
    }
}
