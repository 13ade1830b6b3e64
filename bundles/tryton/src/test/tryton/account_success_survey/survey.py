from trytond.model import ModelSQL, ModelView, fields


class Response(ModelSQL, ModelView):
    "Account Success Survey Response"
    __name__ = 'account_success.survey.response'
    contact = fields.Many2One('party.party', "Contact", required=True)
    answered_at = fields.DateTime("Answered At", required=True)
    # Not constrained to 0..10 here: the host's check is what the tests show.
    score = fields.Integer("Score")
    comment = fields.Text("Comment")
    drivers = fields.Char("Drivers", help="Semicolon-separated tags such as +price;-support")
    survey = fields.Char("Survey")


class Invitation(ModelSQL, ModelView):
    "Account Success Survey Invitation"
    __name__ = 'account_success.survey.invitation'
    contact = fields.Many2One('party.party', "Contact", required=True)
    sent_at = fields.DateTime("Sent At", required=True)
    survey = fields.Char("Survey")
