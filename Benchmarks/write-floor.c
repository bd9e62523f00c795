/* The least a batch that writes one report per JD can cost: read each input file, then write a report of a given
 * size beside it the way jdalign does (a temporary file, then rename). No decoding, segmenting or matching.
 *
 * Usage: write-floor REPORT_BYTES OUT_DIR PART PARTS < list-of-input-paths
 * Each of PARTS processes takes every PARTS-th path, starting at PART (0-based), as jdalign spreads files over cores.
 * Scripts/benchmark builds and runs it when a C compiler is available; it is a measuring stick, not part of jdalign.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc != 5) {
        fprintf(stderr, "usage: write-floor REPORT_BYTES OUT_DIR PART PARTS < paths\n");
        return 64;
    }
    size_t report_bytes = strtoul(argv[1], NULL, 10);
    const char *out_dir = argv[2];
    long part = strtol(argv[3], NULL, 10), parts = strtol(argv[4], NULL, 10);
    char *report = malloc(report_bytes ? report_bytes : 1);
    if (!report || parts < 1) return 70;
    memset(report, 'x', report_bytes);
    mkdir(out_dir, 0755);
    char path[4096], target[4096], temporary[4200], buffer[1 << 16];
    long index = 0;
    while (fgets(path, sizeof path, stdin)) {
        path[strcspn(path, "\n")] = 0;
        if (index++ % parts != part) continue;
        int input = open(path, O_RDONLY);
        if (input < 0) { perror(path); return 66; }
        while (read(input, buffer, sizeof buffer) > 0) {}
        close(input);
        snprintf(target, sizeof target, "%s/report-%ld.json", out_dir, index);
        snprintf(temporary, sizeof temporary, "%s.tmp", target);
        int output = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0644);
        if (output < 0 || write(output, report, report_bytes) != (ssize_t)report_bytes || close(output) != 0
            || rename(temporary, target) != 0) {
            perror(target);
            return 73;
        }
    }
    free(report);
    return 0;
}
