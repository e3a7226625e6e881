class AppError(Exception):
    def __str__(self):
        return "custom str of AppError"
def run():
    raise AppError(1, 2)
run()
