"""``extract train-targets``: train the learned numeric-target score (``extract.learn``) from the
development gold into the package. Kept apart so that the CLI starts without the training imports."""

from __future__ import annotations

from pathlib import Path

# the variant the nested cross-validation chose (``tools/target_cv.py``, eval/README.md): the hand cues,
# overturned where the model is confident, C=0.3
DEFAULT_C, DEFAULT_POLICY, DEFAULT_LOW, DEFAULT_HIGH = 0.3, "override", 0.2, 0.6


def _cmd_train(args) -> int:
    from extract.learn import train
    from extract.rules.learned import TARGET_MODEL

    model = train(Path(args.root), c=args.c, policy=args.policy, low=args.low, high=args.high,
                  threshold=args.threshold)
    out = Path(args.out) if args.out else TARGET_MODEL
    model.save(out)
    m = model.meta
    print(f"target model {model.version}: {m['features']} weights from {m['candidates']} candidates "
          f"({m['targets']} targets) of {m['documents']} documents, policy {model.policy} -> {out}")
    return 0


def register(subparsers) -> None:
    p = subparsers.add_parser(
        "train-targets", help="train the learned numeric-target score from the development gold",
        description="Trains the logistic regression that scores numeric-target candidates (rules.learned) on the "
                    "seed and wild development gold (never the sealed split) and writes it as JSON into the "
                    "package, where the rules backend reads it. Needs scikit-learn; running the rules does not.")
    p.add_argument("--root", default=".", help="the project checkout: eval/gold and data/docs (default .)")
    p.add_argument("--out", help="model file (default: the package's extract/models/target_model.json)")
    p.add_argument("--c", type=float, default=DEFAULT_C, help=f"inverse L2 strength (default {DEFAULT_C})")
    p.add_argument("--policy", default=DEFAULT_POLICY, choices=("hand", "model", "override", "weak"),
                   help=f"how the rules combine it with the hand cues (default {DEFAULT_POLICY})")
    p.add_argument("--low", type=float, default=DEFAULT_LOW, help="override: veto a hand accept below this")
    p.add_argument("--high", type=float, default=DEFAULT_HIGH, help="override: take a cue-rejected number above this")
    p.add_argument("--threshold", type=float, default=0.5, help="model and weak policies: the cut")
    p.set_defaults(func=_cmd_train)
