"""pip install --no-build-isolation . — builds govplan._core with CMake and packages it.

The version comes from CMakeLists.txt, so it is written in one place.
"""

import pathlib
import re
import shutil
import subprocess
import sys

from setuptools import Extension, setup
from setuptools.command.build_ext import build_ext

ROOT = pathlib.Path(__file__).parent.resolve()
VERSION = re.search(r"project\(govplan\s+VERSION\s+([0-9.]+)",
                    (ROOT / "CMakeLists.txt").read_text(encoding="utf-8")).group(1)


class CMakeExtension(Extension):
    def __init__(self, name: str) -> None:
        super().__init__(name, sources=[])


class CMakeBuild(build_ext):
    def build_extension(self, ext: Extension) -> None:
        build = pathlib.Path(self.build_temp).resolve() / "cmake"
        generator = ["-G", "Ninja"] if shutil.which("ninja") else []
        subprocess.check_call([
            "cmake", "-S", str(ROOT), "-B", str(build), *generator,
            "-DCMAKE_BUILD_TYPE=Release", f"-DPython_EXECUTABLE={sys.executable}",
            "-DGOVPLAN_BUILD_TESTS=OFF", "-DGOVPLAN_BUILD_CLI=OFF",
            "-DGOVPLAN_BUILD_EXAMPLES=OFF", "-DGOVPLAN_INSTALL=OFF",
        ])
        subprocess.check_call(["cmake", "--build", str(build), "--target", "_core"])
        built = next((build / "python" / "govplan").glob("_core*.so"))
        target = pathlib.Path(self.get_ext_fullpath(ext.name))
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(built, target)


setup(
    name="govplan",
    version=VERSION,
    description="Vietnamese government plans: tasks, deadlines, reports and their compliance",
    python_requires=">=3.9",
    packages=["govplan"],
    package_dir={"": "bindings/python"},
    package_data={"govplan": ["py.typed", "_core.pyi"]},
    ext_modules=[CMakeExtension("govplan._core")],
    cmdclass={"build_ext": CMakeBuild},
    zip_safe=False,
)
