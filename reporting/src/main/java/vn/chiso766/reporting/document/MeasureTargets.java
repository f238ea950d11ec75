package vn.chiso766.reporting.document;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import vn.chiso766.domain.criteria.CriteriaCatalogue;

/**
 * Suggests the criterion a remediation measure aims at from its words, so that its effect can be followed: the
 * group whose key words occur first in the text ("… thanh toán phí, lệ phí trực tuyến" → online payment). A
 * document does not state the target, so this is only a suggestion for the reader to confirm or change.
 */
final class MeasureTargets {

    private static final Map<String, List<String>> KEY_WORDS = keyWords();

    private MeasureTargets() {}

    private static Map<String, List<String>> keyWords() {
        Map<String, List<String>> words = new LinkedHashMap<>();
        words.put("CKMB", List.of("cong khai", "minh bach"));
        words.put("TDGQ", List.of("tre han", "dung han", "tien do", "qua han"));
        words.put("ONLINE", List.of("nop ho so truc tuyen", "dich vu cong truc tuyen", "truc tuyen toan trinh"));
        words.put("TTTT", List.of("thanh toan"));
        words.put("MDHL", List.of("hai long", "phan anh", "kien nghi"));
        words.put("MDSH", List.of("so hoa"));
        return words;
    }

    static @Nullable String suggest(String text, CriteriaCatalogue catalogue) {
        String folded = VietText.fold(text);
        String best = null;
        int bestIndex = Integer.MAX_VALUE;
        for (var entry : KEY_WORDS.entrySet()) {
            if (catalogue.find(entry.getKey()).isEmpty()) {
                continue;
            }
            for (String words : entry.getValue()) {
                int index = VietText.indexOfWords(folded, words);
                if (index >= 0 && index < bestIndex) {
                    best = entry.getKey();
                    bestIndex = index;
                }
            }
        }
        return best;
    }
}
