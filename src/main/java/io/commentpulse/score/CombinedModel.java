package io.commentpulse.score;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commentpulse.io.Hashing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A model folder of the third kind: other model folders read together. Each member scores every comment; concern is
 * the mean of the members' concern logits, each first standardised (its mean and spread on the data the combination
 * was fitted to, kept in the manifest), so that no member outweighs another by its scale alone; sentiment is the mean
 * of the members' probabilities. Two models that err on different comments rank better together than either: a
 * DL4J network over words and a sentence encoder with linear heads read comments differently.
 * <p>
 * The folder holds only its manifest. Its members are named by a path relative to it and by the SHA-256 of their
 * manifests: a member that changed (a new default promoted) makes the combination refuse to load, with the
 * command that makes it again.
 */
public final class CombinedModel {
    public static final String KIND = "combined";
    public static final String MEMBERS = "members";

    /** One member: its folder, as the manifest names it, and how its concern logit is standardised. */
    public record Member(String path, String manifestSha256, double logitMean, double logitSd) {
        /** The member as a combination's manifest records it. */
        public static Member fromJson(JsonNode m) {
            return new Member(m.path("path").asText(), m.path("manifest_sha256").asText(),
                    m.path("concern_logit_mean").asDouble(), m.path("concern_logit_sd").asDouble(1));
        }

        ObjectNode toJson(ObjectNode o) {
            o.put("path", path);
            o.put("manifest_sha256", manifestSha256);
            o.put("concern_logit_mean", logitMean);
            o.put("concern_logit_sd", logitSd);
            return o;
        }
    }

    private CombinedModel() {
    }

    public static boolean is(JsonNode manifest) {
        return KIND.equals(manifest.path("kind").asText());
    }

    /** The SHA-256 of a member folder's manifest, as a combination records it. */
    public static String manifestHash(Path memberDir) throws IOException {
        return Hashing.sha256(memberDir.resolve(ModelFolder.MANIFEST));
    }

    /** Marks {@code manifest} as this kind, with its members. */
    public static void describe(ObjectNode manifest, List<Member> members) {
        manifest.put("kind", KIND);
        ArrayNode a = manifest.putArray(MEMBERS);
        for (Member m : members) {
            m.toJson(a.addObject());
        }
    }

    /** Writes the folder: the manifest alone (atomically, as every model folder). */
    public static void save(Path dir, ObjectNode manifest) throws IOException {
        ModelFolder.saveCombined(dir, manifest);
    }

    /** The uncalibrated scorer of a verified folder: its members loaded and checked. */
    static Scorer scorer(Path dir, JsonNode manifest) throws IOException {
        List<Scorer> scorers = new ArrayList<>();
        List<Member> members = new ArrayList<>();
        for (JsonNode m : manifest.path(MEMBERS)) {
            Member member = Member.fromJson(m);
            Path d = dir.resolve(member.path()).normalize();
            if (!Files.isRegularFile(d.resolve(ModelFolder.MANIFEST))) {
                throw new ModelFolder.InvalidModelException(dir + ": its member " + member.path() + " (" + d
                        + ") is not a model folder");
            }
            if (!manifestHash(d).equals(member.manifestSha256())) {
                throw new ModelFolder.InvalidModelException(dir + ": its member " + d + " is not the model it was "
                        + "combined with (its manifest changed, e.g. a new default was promoted); run pulse combine again");
            }
            ModelFolder.Loaded loaded = ModelFolder.load(d);
            if (is(loaded.manifest())) {
                throw new ModelFolder.InvalidModelException(dir + ": its member " + d + " is itself a combination");
            }
            if (!(member.logitSd() > 0)) {
                throw new ModelFolder.InvalidModelException(dir + ": member " + member.path() + " has no positive spread");
            }
            members.add(member);
            scorers.add(Scorers.forModel(loaded));
        }
        if (members.size() < 2) {
            throw new ModelFolder.InvalidModelException(dir + ": a combination needs two members or more");
        }
        return new Combined(scorers, members);
    }

    /** The members' scores of each text, read together. */
    public static Score combine(List<Score> perMember, List<Member> members) {
        double z = 0;
        double neg = 0;
        double neu = 0;
        double pos = 0;
        for (int i = 0; i < perMember.size(); i++) {
            Score s = perMember.get(i);
            Member m = members.get(i);
            z += (LogOdds.logit(s.concern()) - m.logitMean()) / m.logitSd();
            neg += s.pNegative();
            neu += s.pNeutral();
            pos += s.pPositive();
        }
        int n = perMember.size();
        return new Score(neg / n, neu / n, pos / n, LogOdds.sigmoid(z / n));
    }

    private record Combined(List<Scorer> scorers, List<Member> members) implements Scorer {
        @Override
        public List<Score> score(List<String> texts) {
            List<List<Score>> all = new ArrayList<>();
            for (Scorer s : scorers) {
                all.add(s.score(texts));
            }
            List<Score> out = new ArrayList<>(texts.size());
            for (int t = 0; t < texts.size(); t++) {
                List<Score> each = new ArrayList<>(scorers.size());
                for (List<Score> m : all) {
                    each.add(m.get(t));
                }
                out.add(combine(each, members));
            }
            return out;
        }
    }
}
