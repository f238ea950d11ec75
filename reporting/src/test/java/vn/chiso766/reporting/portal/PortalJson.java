package vn.chiso766.reporting.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * Small hand-written portal files, cut from the real layout. Tests derive a broken file by replacing one exact piece
 * of text, so each test shows the whole of its change.
 */
final class PortalJson {

    static final String FILE_NAME = "communes_2026-10-10.json";

    static final String COMMUNES = """
            {
              "metadata": {
                "province": "UBND tỉnh Gia Lai",
                "provinceCode": "H21",
                "runDateStr": "10102026",
                "timeType": "year",
                "year": 2026,
                "period": null,
                "periodLabel": "Năm 2026",
                "extractedAt": "2026-10-10T07:00:13Z",
                "sourceUrl": "https://dichvucong.gov.vn/api/v1/reporting/evaluation/service-results"
              },
              "overview": {"departmentCode": "H21", "totalScore": 66.23},
              "count": 2,
              "communes": [
                {
                  "departmentCode": "H21.227",
                  "departmentName": "UBND xã Vân Canh",
                  "childGroup": "COMMUNE",
                  "totalScore": 75.34,
                  "groupScores": {"CKMB": 11.79, "TDGQ": 19.41, "ONLINE": 6.31, "TTTT": 7.34, "MDSH": 12.49, "MDHL": 18.0},
                  "rank": 2,
                  "groupRank": 1
                },
                {
                  "departmentCode": "H21.125",
                  "departmentName": "UBND xã Đăk Song",
                  "childGroup": "COMMUNE",
                  "totalScore": 73.95,
                  "groupScores": {"CKMB": 11.79, "TDGQ": 19.52, "ONLINE": 6.2, "TTTT": 6.7, "MDSH": 11.74, "MDHL": 18.0},
                  "rank": 3,
                  "groupRank": 2
                }
              ]
            }
            """;

    static final String PROVINCES = """
            {
              "metadata": {
                "scope": "Provinces",
                "runDateStr": "10102026",
                "timeType": "year",
                "year": 2026,
                "period": null,
                "periodLabel": "Năm 2026",
                "extractedAt": "2026-10-10T07:00:29Z"
              },
              "provinces": [
                {
                  "departmentCode": "H20",
                  "departmentName": "UBND tỉnh Đồng Tháp",
                  "totalScore": 68.8,
                  "groupScores": {"CKMB": 11.46, "TDGQ": 17.69, "ONLINE": 8.84, "TTTT": 6.42, "MDSH": 9.72, "MDHL": 14.67},
                  "rank": 1
                }
              ]
            }
            """;

    private PortalJson() {}

    static PortalSnapshot read(String json) {
        return new PortalEvaluationReader().read(stream(json), FILE_NAME);
    }

    static ByteArrayInputStream stream(String json) {
        return new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Replaces a piece that must occur exactly once, so a typo in a test cannot leave the file unchanged. */
    static String replace(String json, String piece, String replacement) {
        assertThat(json.split(Pattern.quote(piece), -1)).as(piece).hasSize(2);
        return json.replace(piece, replacement);
    }

    static String communesWith(String piece, String replacement) {
        return replace(COMMUNES, piece, replacement);
    }
}
