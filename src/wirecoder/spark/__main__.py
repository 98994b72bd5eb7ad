"""Entry point of ``python -m wirecoder.spark`` and of ``spark-submit``.

``spark-submit [--master ...] $(python -c "import wirecoder.spark.__main__ as m;
print(m.__file__)") SOURCE OUT [--parts N]`` runs the job on the cluster spark-submit
names; the options are those of ``wirecoder spark`` (see ``docs/scale.md``).
"""

import typer

from wirecoder.cli.spark import spark

if __name__ == "__main__":
    typer.run(spark)
