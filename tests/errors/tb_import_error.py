from errsupport import PRESENT
print(PRESENT)
from errsupport import does_not_exist
