"""Input for the worked example: files of made-up text, the same every run."""
import random
from pathlib import Path

WORDS = ("The river runs past the old mill, and a quiet town. People "
         "of every age walk to the market on Sunday morning. The mill "
         "is quiet; the river is not.").split()


def write_sample_files(folder, how_many, words_each):
    """Write how_many text files into folder; return their paths."""
    chance = random.Random(15)  # a fixed seed: the same text every run
    paths = []
    for number in range(how_many):
        path = Path(folder, f"part-{number:03}.txt")
        path.write_text(" ".join(chance.choices(WORDS, k=words_each)))
        paths.append(path)
    return paths
