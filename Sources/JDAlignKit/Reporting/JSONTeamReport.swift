/// The team matrix as JSON, for other tools: roles, one row per statement with a cell per role, team gaps
/// and single points of failure. Fields may be added, never renamed or removed.
public enum JSONTeamReport {
    /// The matrix as one JSON object (suggested file name `NAME.team.json`, written with `JSONWriter.write(_:style: .pretty)`).
    public static func value(of matrix: TeamMatrix) -> JSONValue {
        .object([
            ("frameworks", .array(matrix.frameworks.map { .object([("id", .string($0.id)), ("title", .string($0.title))]) })),
            ("roles", .array(matrix.roles.map { role in
                .object([
                    ("title", .string(role.title)),
                    ("path", .string(role.path)),
                    ("covered", .number(Double(role.tally.covered))),
                    ("weak", .number(Double(role.tally.weak))),
                    ("uncovered", .number(Double(role.tally.uncovered))),
                    ("notApplicable", .number(Double(role.tally.notApplicable))),
                    ("outsideRemit", .number(Double(role.tally.outsideRemit))),
                ])
            })),
            ("statements", .array(matrix.rows.map { row in
                .object([
                    ("standard", .string(row.statement.qualifiedID)),
                    ("cells", .array(row.cells.map { cell in
                        .object([("duties", .number(Double(cell.countingDuties))), ("status", .string(cell.status.rawValue))])
                    })),
                    ("coveringRoles", .array(row.coveringRoles.map { .string(matrix.roles[$0].title) })),
                ])
            })),
            ("teamGaps", .array(matrix.teamGaps.map { .string($0.statement.qualifiedID) })),
            ("singlePointsOfFailure", .array(matrix.singlePointsOfFailure.map { row in
                .object([("standard", .string(row.statement.qualifiedID)), ("role", .string(TeamText.coveringNames(row, in: matrix)))])
            })),
        ])
    }
}
